// dyad: the only script is the feed form, which sends the API token as a
// bearer header (an HTML form cannot).
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("addfeed");
  if (!form) return;
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var status = form.querySelector(".status");
    fetch("/api/v1/feeds", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Authorization": "Bearer " + form.token.value },
      body: JSON.stringify({ url: form.url.value })
    }).then(function (r) {
      return r.json().then(function (body) {
        if (r.ok) { window.location.reload(); return; }
        status.textContent = body.error || ("HTTP " + r.status);
      });
    }).catch(function (e) { status.textContent = String(e); });
  });
});
