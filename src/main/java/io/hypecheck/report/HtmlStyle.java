package io.hypecheck.report;

/** The HTML report's style sheet, inline in the page: verdict colours, the chart, the tables, print. */
final class HtmlStyle {

    static final String CSS = """
            :root{--substance:#1a7f37;--mixed:#9a6700;--hype:#cf222e;--unknown:#6e7781;--line:#d0d7de;--muted:#57606a}
            *{box-sizing:border-box}
            body{margin:0 auto;max-width:1100px;padding:24px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,\
            "Noto Sans",sans-serif;color:#1f2328;background:#fff}
            h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px;border-bottom:1px solid var(--line)}
            h3{font-size:16px;margin:0 0 4px}h4{font-size:14px;margin:12px 0 4px}
            code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
            small,.file,.why,.reason,.suppressed,.caption{color:var(--muted)}
            .summary{font-size:15px}
            .badge{display:inline-block;padding:0 7px;border-radius:10px;color:#fff;font-size:12px;font-weight:600}
            .badge.substance{background:var(--substance)}.badge.mixed{background:var(--mixed)}
            .badge.hype{background:var(--hype)}.badge.unknown{background:var(--unknown)}
            figure{margin:0}#chart{width:100%;max-width:680px;height:auto;display:block}
            #chart text{font-size:11px;fill:#1f2328}#chart .tick{fill:var(--muted)}#chart .axis{font-size:13px;font-weight:600}
            #chart .plot{fill:#fff;stroke:#8c959f}#chart .grid{stroke:#eaeef2}
            #chart .zone.substance{fill:var(--substance);opacity:.07}#chart .zone.hype{fill:var(--hype);opacity:.07}
            #chart .threshold{stroke-width:1.5;stroke-dasharray:6 4}
            #chart .threshold.substance{stroke:var(--substance)}#chart .threshold.hype{stroke:var(--hype)}
            #chart .threshold-label{font-size:12px;font-weight:600}
            #chart .threshold-label.substance{fill:var(--substance)}#chart .threshold-label.hype{fill:var(--hype)}
            #chart .point{stroke:#fff;stroke-width:1.5;fill-opacity:.9}
            #chart .point.substance{fill:var(--substance)}#chart .point.mixed{fill:var(--mixed)}
            #chart .point.hype{fill:var(--hype)}#chart .point.unknown{fill:var(--unknown)}
            #chart a:hover .point,#chart a:focus .point{stroke:#1f2328}
            .legend{list-style:none;padding:0;margin:4px 0;display:flex;gap:16px;flex-wrap:wrap}
            .legend li::before{content:"";display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:5px}
            .legend .substance::before{background:var(--substance)}.legend .mixed::before{background:var(--mixed)}
            .legend .hype::before{background:var(--hype)}.legend .unknown::before{background:var(--unknown)}
            table{border-collapse:collapse;width:100%;margin:8px 0}
            th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
            #ranking th{white-space:nowrap}
            #ranking td:not(:nth-child(2)):not(:nth-child(3)):not(:nth-last-child(2)),            #ranking th[data-type=number]:not([data-key=verdict]){text-align:right}
            #ranking th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
            #ranking th[aria-sort=ascending] button::after{content:" ▲"}
            #ranking th[aria-sort=descending] button::after{content:" ▼"}
            #ranking tbody tr:hover{background:#f6f8fa}
            .project{margin:20px 0;padding:12px 16px;border:1px solid var(--line);border-radius:6px}
            .scores{display:flex;flex-wrap:wrap;gap:4px 20px;margin:6px 0}.scores dt{color:var(--muted);font-size:12px}
            .scores dd{margin:0;font-weight:600}
            .findings tr.hype td:first-child{border-left:3px solid var(--hype)}
            .findings tr.substance td:first-child{border-left:3px solid var(--substance)}
            .findings .num{text-align:right;white-space:nowrap}
            .evidence{margin:0;padding-left:16px}.why,.reason{font-size:12px}
            .errors li code{color:var(--hype)}
            footer{margin-top:32px;color:var(--muted);font-size:12px}
            @media print{body{max-width:none;padding:0}.project{break-inside:avoid}#ranking th button::after{content:""}}
            """;

    private HtmlStyle() {
    }
}
