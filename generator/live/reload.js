// digest watch mode: reload after each good build; show a failed build over the page.
(() => {
  "use strict";
  const script = document.currentScript;
  const version = script ? new URL(script.src).searchParams.get("version") || "" : "";
  const events = new EventSource("/__digest__/events?version=" + encodeURIComponent(version));
  let overlay = null;

  events.addEventListener("reload", () => {
    events.close();
    location.reload();
  });
  events.addEventListener("failed", (message) => show(JSON.parse(message.data).error));

  function show(lines) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "digest-build-error";
      overlay.setAttribute("role", "alert");
      Object.assign(overlay.style, {
        position: "fixed", inset: "auto 0 0 0", zIndex: "2147483647", maxHeight: "60vh",
        overflow: "auto", margin: "0", padding: "1rem 1.25rem", background: "#2b0b0b",
        color: "#fff", borderTop: "4px solid #e5484d", font: "14px/1.5 system-ui, sans-serif",
        boxShadow: "0 -4px 24px rgba(0, 0, 0, 0.4)",
      });
      document.body.append(overlay);
    }
    const heading = document.createElement("strong");
    heading.textContent = "Build failed; this is the last good build. Fix the file and save.";
    const details = document.createElement("pre");
    Object.assign(details.style, { whiteSpace: "pre-wrap", margin: "0.5rem 0 0", font: "13px/1.5 ui-monospace, monospace" });
    details.textContent = lines.join("\n");
    overlay.replaceChildren(heading, details);
  }
})();
