/** The report page's own style and script: fixed text written here, never built from request data. */
export const REPORT_CSS = `
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
header{background:#24292f;color:#fff;padding:16px 24px}header h1{margin:0 0 4px;font-size:20px}header p{margin:0;color:#d0d7de}
main{padding:16px 24px}.summary{display:flex;gap:12px;flex-wrap:wrap;margin-bottom:12px}
.card{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:8px 12px}.card b{font-size:18px;display:block}
.filters{display:flex;gap:12px;flex-wrap:wrap;align-items:end;background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:10px 12px;margin-bottom:12px}
label{display:flex;flex-direction:column;font-size:12px;color:#57606a;gap:2px}input,select{font:inherit;padding:3px 6px}
fieldset{border:0;margin:0;padding:0;display:flex;gap:8px;align-items:center}
.axis,.grant{display:grid;grid-template-columns:260px 1fr;gap:8px;align-items:center}
.axis{padding:0 13px}.axis .ticks{position:relative;height:18px;font-size:11px;color:#57606a}
.axis .ticks span{position:absolute;transform:translateX(-50%);white-space:nowrap}
.axis .ticks span:first-child{transform:none}.axis .ticks span:last-child{transform:translateX(-100%)}
.group{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin-bottom:10px;padding:8px 12px}
.group h2{font-size:15px;margin:0 0 6px;word-break:break-all}
.grant{padding:3px 0;border-top:1px solid #eaeef2}.grant .label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.track{position:relative;height:14px;background:#eaeef2;border-radius:3px}
.bar{position:absolute;top:0;height:14px;border-radius:3px;min-width:3px}
.s-active{background:#2da44e}.s-expired{background:#8c959f}.s-revoked{background:#bf8700}.s-failing,.s-overran{background:#cf222e}.s-break-glass{background:#8250df}
.grant details{grid-column:1/3;font-size:13px}.grant summary{cursor:pointer;color:#57606a}
.trail{margin:4px 0 6px 16px;padding:0}.trail li{margin:1px 0}code{font-size:12px}
table{border-collapse:collapse;background:#fff;width:100%}td,th{border:1px solid #d0d7de;padding:3px 6px;text-align:left;font-size:13px}
.muted{color:#57606a}[hidden]{display:none!important}
`;

export const REPORT_SCRIPT = `(() => {
  const $ = (s) => document.querySelector(s);
  const controls = ["#f-principal", "#f-profile", "#f-status", "#f-resource", "#f-text"].map((s) => $(s));
  const [principal, profile, status, resource, text] = controls;
  const view = () => document.querySelector('input[name="view"]:checked').value;
  function apply() {
    const want = {
      principal: principal.value,
      profile: profile.value,
      status: status.value,
      resource: resource.value.trim().toLowerCase(),
      text: text.value.trim().toLowerCase(),
    };
    let shown = 0;
    for (const section of document.querySelectorAll(".view")) section.hidden = section.dataset.view !== view();
    for (const row of document.querySelectorAll(".grant")) {
      const d = row.dataset;
      const ok =
        (!want.principal || d.principal === want.principal) &&
        (!want.profile || d.profile === want.profile) &&
        (!want.status || d.status === want.status) &&
        (!want.resource || d.resources.toLowerCase().includes(want.resource)) &&
        (!want.text || d.search.includes(want.text));
      row.hidden = !ok;
      if (ok && row.closest(".view").dataset.view === view()) shown++;
    }
    for (const group of document.querySelectorAll(".group")) group.hidden = !group.querySelector(".grant:not([hidden])");
    $("#shown").textContent = String(shown);
  }
  for (const c of controls) c.addEventListener("input", apply);
  for (const r of document.querySelectorAll('input[name="view"]')) r.addEventListener("change", apply);
  apply();
})();`;
