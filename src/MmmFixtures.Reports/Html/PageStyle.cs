namespace MmmFixtures.Reports.Html;

/// <summary>The report page's inline style sheet: system fonts only (no web fonts), readable on screen and in print.</summary>
internal static class PageStyle
{
    public const string Css = """
body { font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif; color: #1b1f24; background: #fff; margin: 0; line-height: 1.45; }
main { max-width: 1000px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.7em; margin: 0 0 0.3em; }
h2 { font-size: 1.3em; margin: 1.6em 0 0.5em; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2em; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.4em; }
nav { font-size: 0.95em; margin: 0.8em 0; }
nav a { margin-right: 1em; }
a { color: #0550ae; }
table { border-collapse: collapse; margin: 0.4em 0 1em; font-size: 0.92em; }
th, td { border: 1px solid #d0d7de; padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
.status { font-weight: 600; white-space: nowrap; border-radius: 4px; padding: 1px 8px; }
.passed { color: #116329; background: #dafbe1; }
.warning { color: #7d4e00; background: #fff1c2; }
.failed { color: #a40e26; background: #ffebe9; }
.summary span { margin-right: 0.8em; }
figure { margin: 1em 0 2em; }
figure svg { display: block; max-width: 100%; height: auto; border: 1px solid #eaeef2; }
figcaption { color: #57606a; font-size: 0.92em; margin-top: 0.4em; }
footer { color: #57606a; font-size: 0.85em; margin-top: 3em; }
.notice { border: 1px solid #d4a72c; border-left: 6px solid #bf8700; background: #fff8c5; border-radius: 6px; padding: 0.6em 1em; margin: 1em 0; }
.notice h2 { border: none; margin: 0 0 0.4em; padding: 0; font-size: 1.2em; }
.notice dl { margin: 0; }
.notice dt { font-weight: 600; margin-top: 0.4em; }
.notice dd { margin: 0.1em 0 0; }
.empty { color: #57606a; font-style: italic; }
""";
}
