"""The baseline: a bare FastAPI endpoint that echoes the JSON body it receives."""

from typing import Any

from fastapi import Body, FastAPI

app = FastAPI()


@app.post("/echo")
async def echo(body: dict[str, Any] = Body(...)) -> dict[str, Any]:
    return body
