"""Map benchmark: whole-network maps of 1,000 to 20,000 entities drawn in headless Chromium.

For synthetic collaboration graphs (place-based clusters of people,
organisations and events, about two relations per entity) of 1,000, 5,000 and
20,000 entities, a 20,000-person network with 200,000 relations (groups of
200, 85% of ties inside a group, like co-authorship), and the real SNAP
ca-GrQc co-authorship network (5,242 authors, imported into SQLite through
the normal seed path and drawn as `/map?view=people` draws it, by
`build_map_view`), it builds the page `/map` would send (server layout,
influence, communities) and opens it in Debian's Chromium served from
127.0.0.1 with the pages' policy, timing:

- *drawn*: the page's own `performance.now()` when its first frame is on
  screen; *idle*: when the map is drawn, settled and its search, legend and
  panel answer (`body[data-state=idle]`); both from navigation start;
- *zoom frame*: after idle, from a zoom until the next frame is on screen;
- page size as sent (MB) and gzipped as the API sends it.

Baseline in the same run, on the same graph with the same positions:
vis-network with physics off (`renderer="vis"`, `layout="fixed"`).

    .venv/bin/python bench/bench_render.py                # prints the table
    .venv/bin/python bench/bench_render.py --write        # and updates BENCHMARKS.md "Maps"
    .venv/bin/python bench/bench_render.py --cases 1000 --runs 1
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gzip
import http.server
import importlib.util
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from collabgraph import analysis  # noqa: E402
from collabgraph.importer import import_paths  # noqa: E402
from collabgraph.maps import MapRequest, Memo, build_map_view  # noqa: E402
from collabgraph.maps.networks import numbered_communities  # noqa: E402
from collabgraph.model.graph import Subgraph  # noqa: E402
from collabgraph.render import CSP, MapView, render_view, spring_positions  # noqa: E402
from collabgraph.settings import Settings  # noqa: E402
from collabgraph.store import open_store  # noqa: E402
from tests.render.builders import dense_subgraph, synthetic_subgraph  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
BASELINE_TIMEOUT_S = 180
GOAL_S = 3.0
ZOOM_FRAME = """async () => {
    const t0 = performance.now();
    window.collabgraphMap.zoom(1.6);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
}"""


@dataclass(frozen=True)
class Case:
    name: str
    build: callable  # () -> (MapView, {step: seconds})


def synthetic(build) -> callable:
    return lambda: whole_view(build())


def ca_grqc_people() -> tuple[MapView, dict[str, float]]:
    """SNAP ca-GrQc, imported into a fresh SQLite store, as `/map?view=people` draws it."""
    spec = importlib.util.spec_from_file_location(
        "snap_ca_grqc", REPO / "scripts" / "datasets" / "snap_ca_grqc.py"
    )
    converter = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(converter)
    with tempfile.TemporaryDirectory() as tmp:
        files = list(converter.convert(Path(tmp) / "seeds"))
        settings = Settings(neo4j_uri=None, data_dir=Path(tmp) / "store", _env_file=None)
        with open_store(settings) as store:
            reports = import_paths(store, files)
            assert all(r.status == "imported" for r in reports)
            start = time.perf_counter()
            view = build_map_view(store, MapRequest(view="people"), answers=Memo())
            took = time.perf_counter() - start
    return view, {"analysis": took, "layout": 0.0}


CASES = {
    "1000": Case("1,000", synthetic(lambda: synthetic_subgraph(1000))),
    "5000": Case("5,000", synthetic(lambda: synthetic_subgraph(5000))),
    "grqc": Case("ca-GrQc, people view", ca_grqc_people),
    "20000": Case("20,000", synthetic(lambda: synthetic_subgraph(20000))),
    "20000x200000": Case("20,000 × 200k", synthetic(lambda: dense_subgraph(20000, 200_000))),
}


def whole_view(sub: Subgraph) -> tuple[MapView, dict[str, float]]:
    """The view `/map` draws for this graph, and how long each server step took (s)."""
    took = {}
    start = time.perf_counter()
    G = analysis.to_networkx(sub)
    influence = analysis.influence(G)
    communities = numbered_communities(G)
    took["analysis"] = time.perf_counter() - start
    start = time.perf_counter()
    positions = spring_positions(
        [e.id for e in sub.entities],
        [(r.source, r.target) for r in sub.relations],
        groups=communities,
    )
    took["layout"] = time.perf_counter() - start
    view = MapView(
        title="Whole network",
        entities=sub.entities,
        relations=sub.relations,
        influence=influence,
        communities=communities,
        color_by="community",
        positions=positions,
        total=len(sub.entities),
    )
    return view, took


@contextmanager
def serve(root: Path):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def end_headers(self):
            self.send_header("Content-Security-Policy", CSP)
            super().end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(root))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def browser_times(browser, url: str, timeout_s: float) -> dict[str, float] | None:
    """Milliseconds to drawn, to idle, and for one zoom frame; None on timeout."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: errors.append(str(e)))
    offsite: list[str] = []
    tab.on("request", lambda r: None if r.url.startswith(url[:22]) else offsite.append(r.url))
    try:
        tab.goto(url, timeout=timeout_s * 1000)
        tab.wait_for_selector("body[data-state=idle]", state="attached", timeout=timeout_s * 1000)
        times = {
            "drawn": float(tab.get_attribute("body", "data-drawn-ms")),
            "idle": float(tab.get_attribute("body", "data-idle-ms")),
            "zoom": float(tab.evaluate(ZOOM_FRAME)),
        }
    except PlaywrightTimeout:
        return None
    finally:
        context.close()
    if errors or offsite:
        raise RuntimeError(f"{url}: errors {errors[:3]}, offsite requests {offsite[:3]}")
    return times


def median_times(browser, url: str, runs: int, timeout_s: float) -> dict[str, float] | None:
    measured = [browser_times(browser, url, timeout_s) for _ in range(runs)]
    if any(m is None for m in measured):
        return None
    return {k: statistics.median(m[k] for m in measured) for k in measured[0]}


def run(cases: list[str], runs: int, baseline: bool) -> list[dict]:
    rows = []
    with (
        tempfile.TemporaryDirectory() as tmp,
        serve(Path(tmp)) as base,
        sync_playwright() as pw,
    ):
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for key in cases:
            case = CASES[key]
            view, took = case.build()
            start = time.perf_counter()
            html = render_view(view)
            took["page"] = time.perf_counter() - start
            (Path(tmp) / f"map-{key}.html").write_text(html, encoding="utf-8")
            load_before = os.getloadavg()[0]
            ours = median_times(browser, f"{base}map-{key}.html", runs, 60)
            row = {
                "case": case.name,
                "nodes": len(view.entities),
                "edges": view.edge_count,
                "renderer": html.split('data-renderer="')[1].split('"')[0],
                "mb": len(html.encode()) / 1e6,
                "gz_mb": len(gzip.compress(html.encode(), 6)) / 1e6,
                **{f"{k}_s": v for k, v in took.items()},
                "ours": ours,
            }
            if baseline:
                plain = render_view(replace(view), renderer="vis", layout="fixed")
                (Path(tmp) / f"vis-{key}.html").write_text(plain, encoding="utf-8")
                row["vis_mb"] = len(plain.encode()) / 1e6
                row["vis"] = median_times(
                    browser,
                    f"{base}vis-{key}.html",
                    1 if view.edge_count > 50_000 else runs,
                    BASELINE_TIMEOUT_S,
                )
            row["load"] = (load_before + os.getloadavg()[0]) / 2
            rows.append(row)
            print(" | ".join(table_cells(row)), flush=True)
        browser.close()
    return rows


def seconds(times: dict | None, key: str, timeout: float) -> str:
    if times is None:
        return f"> {timeout:.0f} (timed out)"
    return f"{times[key] / 1000:.2f}"


def table_cells(row: dict) -> list[str]:
    ours, vis = row["ours"], row.get("vis", "n/a")
    cells = [
        row["case"],
        f"{row['nodes']:,}",
        f"{row['edges']:,}",
        row["renderer"],
        f"{row['mb']:.1f} / {row['gz_mb']:.1f}",
        seconds(ours, "drawn", 60),
        seconds(ours, "idle", 60),
        f"{ours['zoom']:.0f}" if ours else "n/a",
    ]
    if vis == "n/a":
        cells += ["n/a", "n/a", "n/a"]
    else:
        cells += [
            seconds(vis, "drawn", BASELINE_TIMEOUT_S),
            seconds(vis, "idle", BASELINE_TIMEOUT_S),
            f"{vis['zoom']:.0f}" if vis else "n/a",
        ]
    server = row["analysis_s"] + row["layout_s"]
    cells += [f"{server:.1f}", f"{row['page_s']:.2f}", f"{row['load']:.1f}"]
    return cells


HEADER = [
    "graph",
    "entities",
    "relations",
    "drawn by",
    "page MB / gzip",
    "drawn s",
    "idle s",
    "zoom frame ms",
    "vis-network, physics off: drawn s",
    "idle s",
    "zoom frame ms",
    "server view s",
    "page build s",
    "load avg",
]


def markdown(rows: list[dict], runs: int) -> str:
    chromium = (
        subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, check=False)
        .stdout.split(" built")[0]
        .strip()
    )
    lines = [
        "## Maps (issues 5 and 16)",
        "",
        "`bench/bench_render.py` builds the page `/map` sends for synthetic graphs",
        "(1,000 to 20,000 entities in place-based clusters, about two relations each;",
        "and 20,000 people with 200,000 relations in groups of 200, like co-authorship),",
        "with the server's layout, influence and communities, and opens it in headless",
        "Chromium served from 127.0.0.1 with the pages' policy. *drawn*: the page's own",
        "`performance.now()` once its first frame is on screen; *idle*: drawn, settled,",
        "and search, legend, labels and panel wired (`body[data-state=idle]`); *zoom",
        "frame*: from a zoom to the next frame on screen, once idle. Medians of",
        f"{runs} loads (one for the baseline past 50,000 relations). Baseline in the same",
        "run: the same graph and positions drawn by vis-network with physics off.",
        "Chromium here has no GPU: WebGL runs on SwiftShader, on the CPU. *server view*:",
        "influence, communities and layout (for ca-GrQc, all of `build_map_view`,",
        "projection included); *page build*: `render_view`.",
        "",
        "Reproduce:",
        "",
        "```sh",
        "apt-get install -y chromium   # Debian's; never a downloaded browser",
        ".venv/bin/python bench/bench_render.py --write",
        "```",
        "",
        f"Measured {dt.date.today().isoformat()} on the {os.cpu_count()}-core development",
        f"machine ({platform.python_implementation()} {platform.python_version()}, {chromium}),",
        "shared with other work: the last column is the 1-minute load average during",
        "each row.",
        "",
        "| " + " | ".join(HEADER) + " |",
        "| --- | ---: | ---: | --- |" + " ---: |" * (len(HEADER) - 4),
    ]
    lines += ["| " + " | ".join(table_cells(r)) + " |" for r in rows]
    big = next((r for r in rows if r["edges"] >= 200_000), None)
    if big and big["ours"]:
        worst = big["ours"]["idle"] / 1000
        verdict = "met" if worst <= GOAL_S else "**not met**"
        lines += [
            "",
            f"Goal (20,000 nodes and 200,000 edges drawn and interactive within {GOAL_S:.0f} s in",
            f"headless Chromium on this machine): {verdict} ({worst:.1f} s to idle at a load",
            f"average of {big['load']:.1f}). The page's work is CPU-bound here (WebGL on",
            "SwiftShader), so it slows as other work loads the cores: run it on a quiet",
            "machine.",
        ]
    lines += [
        "",
        "How the large maps get there:",
        "",
        "- Above 1,500 entities or 4,000 edges a map is drawn by sigma.js (WebGL) instead",
        "  of vis-network, at positions the server computes once per version of the",
        "  store (`render/layout.py`: Fruchterman-Reingold per component, communities",
        "  gathered by weaker pulls between them, igraph's grid layout for components",
        "  over 5,000 nodes). Past 20,000 edges the edges skip graphology and sigma's",
        "  per-edge work and go from the page's columns into one WebGL line batch",
        "  (`map-edges.js`), moved by a CSS transform while the camera moves.",
        "- The page's data are columns (one array per field; relation types, roles and",
        "  shared contexts stored once), and above 2,000 entities carry no descriptions,",
        "  sources or evidence (each entity's own map has them).",
        "- Without a GPU, a frame's cost here is mostly Chromium compositing the WebGL",
        "  canvases in software (drawing 200,000 lines and 20,000 nodes takes about",
        "  0.35 s of it, measured with `gl.finish()`), so sigma's unused label and hover",
        "  layers are hidden. The *zoom frame* column is mostly that cost, which a GPU",
        "  takes over (not measured here: this machine has none). vis-network draws on",
        "  a 2D canvas, so it is close at 5,000 entities, and redraws every edge on each",
        "  frame, so it falls behind as edges grow.",
        '- Timing marks on every page (`performance.getEntriesByType("mark")`:',
        "  `map:parsed`, `map:decoded`, `map:graph`, `map:renderer`, `map:drawn`,",
        "  `map:idle`) show where a slow page spends its time.",
    ]
    return "\n".join(lines) + "\n"


def write_section(text: str, path: Path = REPO / "BENCHMARKS.md") -> None:
    """Replace the "## Maps" section of BENCHMARKS.md (or append it), leaving the rest alone."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    lines = old.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("## Maps")), None)
    if start is None:
        new = old.rstrip("\n") + "\n\n" + text
    else:
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines)
        )
        new = "\n".join([*lines[:start], *text.rstrip("\n").splitlines(), "", *lines[end:]])
    path.write_text(new.rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", nargs="+", choices=list(CASES), default=list(CASES))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--write", action="store_true", help='update BENCHMARKS.md "Maps"')
    args = parser.parse_args()
    print(" | ".join(HEADER))
    rows = run(args.cases, args.runs, baseline=not args.no_baseline)
    text = markdown(rows, args.runs)
    print()
    print(text)
    if args.write:
        write_section(text)


if __name__ == "__main__":
    main()
