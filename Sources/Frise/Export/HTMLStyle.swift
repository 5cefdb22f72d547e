/// The inline style sheet of the HTML page.
///
/// Each event type sets `--c`, its colour, on the elements of class `t-TYPE`;
/// cards, legend swatches and SVG marks use it. Certainty classes: `c-estimated`
/// (dashed border, hollow dashed mark), `c-inferred` (lighter mark), `c-explicit`.
/// Below 42rem the date moves above its card and the axis scrolls sideways.
enum HTMLStyle {
    /// The colour of each event type: distinct hues, readable on white.
    static let colours: [(EventType, String)] = [
        (.statement, "#4e79a7"), (.call, "#2f9e99"), (.visit, "#e07b1a"), (.hosting, "#b8860b"),
        (.meeting, "#59a14f"), (.negotiation, "#3d7a34"), (.praise, "#b07aa1"), (.criticism, "#d6404e"),
        (.agreement, "#1f6f8b"), (.protest, "#e8748a"), (.violence, "#8b1e1e"), (.legal, "#8c6448"),
        (.election, "#6a5acd"), (.announcement, "#5f8fbf"), (.other, "#7a7370"),
    ]

    static let css: String = {
        var css = """

            :root{color-scheme:light;--ink:#1d1d1f;--muted:#5c5c66;--line:#d9d9e0;--paper:#fff;--soft:#f5f5f8}
            *{box-sizing:border-box}
            body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;\
            color:var(--ink);background:var(--soft)}
            header,main,footer{max-width:68rem;margin:0 auto;padding:1rem 1.25rem}
            h1{font-size:1.7rem;line-height:1.2;margin:.5rem 0}
            h2{font-size:1.2rem;margin:1.5rem 0 .75rem}
            .summary{color:var(--muted);margin:.25rem 0 .75rem}
            .legend{list-style:none;display:flex;flex-wrap:wrap;gap:.35rem 1rem;padding:0;margin:0;font-size:.9rem}
            .legend li{display:flex;align-items:center;gap:.35rem}
            .swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:50%;background:var(--c)}
            .legend .key .swatch{background:transparent;border:2px solid var(--muted)}
            .legend .key .dashed{border-style:dashed}
            .axis{background:var(--paper);border:1px solid var(--line);border-radius:.6rem;padding:.5rem;overflow-x:auto}
            .axis svg{display:block;width:100%;min-width:44rem;height:auto;font-size:15px}
            .axis .band{fill:transparent}
            .axis .row:nth-of-type(even) .band{fill:var(--soft)}
            .axis .rowlabel{text-anchor:end;fill:var(--ink);font-weight:600}
            .axis .ticks line{stroke:var(--line);stroke-width:1}
            .axis .ticks .axisline{stroke:var(--muted)}
            .axis .ticks text{text-anchor:middle;fill:var(--muted)}
            .axis .mark{fill:var(--c);stroke:var(--c);stroke-width:1.5}
            .axis .mark.c-inferred{fill-opacity:.6}
            .axis .mark.c-estimated{fill-opacity:.3;stroke-dasharray:4 3;stroke-width:2}
            .axis a:hover .mark,.axis a:focus .mark{stroke:var(--ink);stroke-width:2.5}
            ol.events{list-style:none;margin:0;padding:0}
            .event{display:grid;grid-template-columns:11rem 1fr;gap:1rem;margin:0 0 .9rem}
            .event .date{margin:.6rem 0 0;text-align:right;font-weight:600;font-variant-numeric:tabular-nums}
            .certainty{display:inline-block;font-size:.75rem;font-weight:500;color:var(--muted);\
            border:1px dashed var(--muted);border-radius:1rem;padding:0 .45rem;margin-left:.2rem}
            .nodate{color:var(--muted);font-style:italic;font-weight:400}
            .card{background:var(--paper);border:1px solid var(--line);border-left:.4rem solid var(--c);\
            border-radius:.5rem;padding:.6rem .9rem;min-width:0}
            .c-estimated .card{border-left-style:dashed}
            .c-inferred .card{border-left-style:double;border-left-width:.45rem}
            .type{margin:0;font-size:.78rem;font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:var(--c)}
            .card h3{font-size:1.05rem;margin:.15rem 0 .35rem;overflow-wrap:anywhere}
            .card p{margin:.2rem 0;overflow-wrap:anywhere}
            details{margin-top:.35rem;font-size:.92rem}
            summary{cursor:pointer;color:var(--muted)}
            blockquote{margin:.4rem 0 .2rem;padding:.3rem .75rem;border-left:3px solid var(--line);\
            background:var(--soft);overflow-wrap:anywhere}
            mark.trigger{background:#ffe58f}
            mark.timex{background:#c8e6ff}
            a{color:#1f5fa8}
            .documents ul{padding-left:1.2rem;overflow-wrap:anywhere}
            :target>.card,:target{outline:3px solid #1f5fa8;outline-offset:2px}
            footer{color:var(--muted);font-size:.85rem}
            @media (max-width:42rem){
            header,main,footer{padding:.75rem}
            h1{font-size:1.35rem}
            .event{grid-template-columns:1fr;gap:.2rem}
            .event .date{text-align:left;margin:0}
            }
            @media print{.axis{overflow:visible}details{display:block}}

            """
        for (type, colour) in colours { css += ".t-\(type.rawValue){--c:\(colour)}\n" }
        return css
    }()
}
