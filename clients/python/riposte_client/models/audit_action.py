from enum import StrEnum


class AuditAction(StrEnum):
    EXPORT = "export"
    READ = "read"
    WRITE = "write"

    def __str__(self) -> str:
        return str(self.value)
