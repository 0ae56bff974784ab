// Starts Redoc on /redoc from the vendored ES module, with its usage reports to
// Redocly turned off (the page's policy would block them anyway).
import { init } from "../vendor/redoc/redoc.standalone.js";

const el = document.getElementById("redoc");
init(el.dataset.spec, { disableTelemetry: true }, el);
