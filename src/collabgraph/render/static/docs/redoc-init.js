// Starts Redoc on /redoc from the vendored ES module.
import { init } from "../vendor/redoc/redoc.standalone.js";

const el = document.getElementById("redoc");
init(el.dataset.spec, {}, el);
