// Answering a question PATCHes the assessment with If-Match (the revision the page shows),
// then shows the page again with the new recommendation. Without JavaScript the form posts.
document.querySelectorAll("form.question").forEach(function (form) {
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var data = new FormData(form);
    fetch(form.dataset.patch, {
      method: "PATCH",
      credentials: "same-origin",
      headers: {
        "If-Match": data.get("if_match"),
        "X-CSRF-Token": data.get("csrf"),
        "Content-Type": "application/x-www-form-urlencoded"
      },
      body: new URLSearchParams({ rank: data.get("rank"), option: data.get("option") })
    }).then(function (response) {
      window.location.assign(response.url);
    });
  });
});
