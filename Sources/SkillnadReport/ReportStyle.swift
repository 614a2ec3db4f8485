/// The stylesheet of standalone reports: readable on screen, tidy on paper, WCAG AA contrast.
public enum ReportStyle {
    /// CSS for reports.
    public static let css = """
        :root { --ink: #101828; --muted: #475467; --line: #d0d5dd; --accent: #1f5fa8; --warn: #b42318; --bg-soft: #f2f4f7; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; line-height: 1.5; font-size: 15px; }
        main, header.report { max-width: 980px; margin: 0 auto; padding: 0 24px; }
        header.report { padding-top: 28px; padding-bottom: 8px; border-bottom: 3px solid var(--accent); }
        h1 { font-size: 1.7rem; margin: 0 0 4px; }
        h2 { font-size: 1.3rem; margin: 32px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
        h3 { font-size: 1.05rem; margin: 20px 0 6px; }
        .meta { color: var(--muted); margin: 0 0 8px; }
        .caption-left { text-align: left; }
        pre.plain { white-space: pre-wrap; font-family: inherit; }
        .stamp { background: var(--warn); color: #fff; font-weight: 700; padding: 8px 12px; text-align: center; letter-spacing: .05em; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: .92rem; }
        .table-scroll { overflow-x: auto; }
        th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
        th { background: var(--bg-soft); font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .suppressed { color: var(--muted); font-style: italic; }
        article.difference { border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 14px 0; }
        article.difference h3 { margin-top: 0; }
        dl.stats { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
        dl.stats dt { color: var(--muted); }
        dl.stats dd { margin: 0; }
        .score { display: inline-block; min-width: 2.6em; text-align: center; background: var(--accent); color: #fff; border-radius: 4px; padding: 0 6px; font-weight: 600; }
        .notes { color: var(--muted); font-size: .9rem; }
        svg.chart { max-width: 100%; height: auto; display: block; margin: 6px 0; }
        footer.report { max-width: 980px; margin: 32px auto; padding: 12px 24px; color: var(--muted); font-size: .88rem; border-top: 1px solid var(--line); }
        @media print {
          body { font-size: 10.5pt; }
          header.report, main, footer.report { max-width: none; padding: 0; }
          article.difference, table, figure { break-inside: avoid; }
          h2 { break-after: avoid; }
          .stamp { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          a { color: inherit; text-decoration: none; }
        }
        @page { margin: 16mm 14mm; }
        """
}
