import { describe, it, expect } from 'vitest';
import { fromHtmlTable } from './html-table';
import { parseTable } from './parse-table';
import { renderMarkdown } from '../markdown';
import { serializeTable } from './serialize-table';

/** Shaped like what Excel puts on the clipboard: Office namespaces, a style block, fragment comments. */
const excelClipboard = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<style>
<!--table {mso-displayed-decimal-separator:"\\.";}
td {padding-top:1px; color:black;}
.xl65 {font-weight:700;}
-->
</style>
</head>
<body link="#0563C1" vlink="#954F72">
<table border=0 cellpadding=0 cellspacing=0 width=256 style='border-collapse:collapse;width:192pt'>
<!--StartFragment-->
 <col width=64 span=4 style='width:48pt'>
 <tr height=20 style='height:15.0pt'>
  <td height=20 class=xl65 width=64 style='height:15.0pt;width:48pt'>Region</td>
  <td class=xl65 width=64>Q1</td>
  <td class=xl65 width=64>Q2</td>
  <td class=xl65 width=64>Notes</td>
 </tr>
 <tr height=40 style='height:30.0pt'>
  <td height=40 style='height:30.0pt'>North &amp; East</td>
  <td align=right>1,200</td>
  <td align=right>1,350</td>
  <td class=xl66 width=64 style='white-space:normal'>Strong<br>
    growth</td>
 </tr>
 <tr height=20 style='height:15.0pt'>
  <td height=20>South</td>
  <td colspan=2 style='mso-ignore:colspan'>n/a</td>
  <td></td>
 </tr>
<!--EndFragment-->
</table>
</body>
</html>`;

/** Shaped like Google Sheets' clipboard: one line, inline styles, bold done in CSS. */
const sheetsClipboard =
  '<meta charset="utf-8"><google-sheets-html-origin><style type="text/css"><!--td {border: 1px solid #cccccc;}br {mso-data-placement:same-cell;}--></style>' +
  '<table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt"><colgroup><col width="100"/><col width="120"/></colgroup><tbody>' +
  '<tr style="height:21px;"><td style="overflow:hidden;font-weight:bold;">Keyword</td><td style="font-weight:bold;">Monthly volume</td></tr>' +
  '<tr style="height:21px;"><td style="overflow:hidden;">best running shoes</td><td style="text-align:right;">12000</td></tr>' +
  '<tr style="height:21px;"><td>trail shoes | waterproof</td><td style="text-align:right;">4400</td></tr>' +
  '</tbody></table>';

/** A table as copied from a web page, with the markup a writer would want kept. */
const webPageClipboard = `<h2>Compare plans</h2>
<table class="pricing">
  <caption>Plans as of this spring</caption>
  <thead>
    <tr><th style="text-align: left">Plan</th><th align="center">Seats</th><th style="color:red; text-align:right">Price</th></tr>
  </thead>
  <tfoot><tr><td colspan="3"><p>* billed yearly</p><p>Taxes extra</p></td></tr></tfoot>
  <tbody>
    <tr><td><strong>Starter</strong></td><td>1</td><td>&euro;0</td></tr>
    <tr><td><a href="https://example.com/pro?ref=table&amp;x=1">Pro <em>plan</em></a></td><td rowspan="2">5&ndash;20</td><td><code>$12</code>/mo</td></tr>
    <tr><td>Team<sup>*</sup></td><td><b> 19 </b> &lt;or&gt; less</td></tr>
  </tbody>
</table>
<table><tr><td>a second table</td><td>is ignored</td></tr></table>`;

describe('fromHtmlTable', () => {
  it('reads an Excel clipboard fragment, padding after a colspan', () => {
    expect(fromHtmlTable(excelClipboard)).toEqual({
      header: ['Region', 'Q1', 'Q2', 'Notes'],
      align: [null, null, null, null],
      rows: [
        ['North & East', '1,200', '1,350', 'Strong<br>growth'],
        ['South', 'n/a', '', ''],
      ],
      overflow: [],
    });
  });

  it('reads a Google Sheets clipboard fragment and escapes pipes', () => {
    expect(fromHtmlTable(sheetsClipboard)).toEqual({
      header: ['Keyword', 'Monthly volume'],
      align: [null, null],
      rows: [
        ['best running shoes', '12000'],
        ['trail shoes \\| waterproof', '4400'],
      ],
      overflow: [],
    });
  });

  it('reads a web page table: thead header, alignment, inline markup, rowspan, tfoot last', () => {
    expect(fromHtmlTable(webPageClipboard)).toEqual({
      header: ['Plan', 'Seats', 'Price'],
      align: ['left', 'center', 'right'],
      rows: [
        ['**Starter**', '1', '€0'],
        ['[Pro _plan_](https://example.com/pro?ref=table&x=1)', '5–20', '`$12`/mo'],
        ['Team\\*', '', '**19** &lt;or> less'],
        ['\\* billed yearly<br>Taxes extra', '', ''],
      ],
      overflow: [],
    });
  });

  it('writes a grid that parses back to itself', () => {
    for (const html of [excelClipboard, sheetsClipboard, webPageClipboard]) {
      const grid = fromHtmlTable(html)!;
      expect(parseTable(serializeTable(grid))).toEqual(grid);
    }
  });

  it('uses the first row as header when there is no thead', () => {
    expect(fromHtmlTable('<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>')).toMatchObject({ header: ['a', 'b'], rows: [['1', '2']] });
  });

  it('converts inline markup carefully', () => {
    const cell = (inner: string): string | undefined => fromHtmlTable(`<table><tr><td>${inner}</td></tr></table>`)?.header[0];
    expect(cell('<i>it</i> and <em>em</em>')).toBe('_it_ and _em_');
    expect(cell('<code>a`b</code>')).toBe('``a`b``');
    expect(cell('<code><b>no</b> bold<br>here</code>')).toBe('`no bold here`');
    expect(cell('<a href="javascript:alert(1)">click</a>')).toBe('click');
    expect(cell('<a href="/docs/a b (v2)">docs</a>')).toBe('[docs](</docs/a%20b%20(v2)>)');
    expect(cell('<a>no href</a>')).toBe('no href');
    expect(cell('<img src="x.png" alt="Logo"> text')).toBe('Logo text');
    expect(cell('<span>a</span><span> b </span>&nbsp;')).toBe('a b');
    expect(cell('<b></b>empty')).toBe('empty');
    expect(cell('x<script>alert(1)</script><style>td{}</style>y')).toBe('xy');
    expect(cell('<ul><li>one</li><li>two</li></ul>')).toBe('one<br>two');
    expect(cell('<code>a|b</code>')).toBe('`a\\|b`');
    expect(cell('AT&amp;T &amp;copy; &lt;div&gt; 3 &lt; 4')).toBe('AT&T &amp;copy; &lt;div> 3 < 4');
  });

  it('escapes Markdown in cell text, so the table shows what the copied one showed', () => {
    const BT = '`';
    const text = `*not em* **nor strong** _x_ snake_case [not](a link) ${BT}not code${BT} ~~kept~~ a~b back\\slash \\* \\| ![alt](i.png)`;
    const grid = fromHtmlTable(`<table><tr><th>Text</th></tr><tr><td>${text}</td></tr></table>`)!;
    expect(grid.rows[0]![0]).toBe(
      `\\*not em\\* \\*\\*nor strong\\*\\* \\_x\\_ snake_case \\[not\\](a link) \\${BT}not code\\${BT} \\~\\~kept\\~\\~ a~b back\\slash \\\\\\* \\\\\\| !\\[alt\\](i.png)`,
    );
    const shown = /<td>(.*)<\/td>/.exec(renderMarkdown(serializeTable(grid)))![1];
    expect(shown).toBe(text);
  });

  it('flattens a nested table into its cell and keeps the outer rows', () => {
    const html = '<table><tr><td>outer</td><td><table><tr><td>in 1</td><td>in 2</td></tr></table></td></tr><tr><td>x</td><td>y</td></tr></table>';
    expect(fromHtmlTable(html)).toMatchObject({ header: ['outer', 'in 1 in 2'], rows: [['x', 'y']] });
  });

  it('skips tables inside templates and text inside captions', () => {
    const html = '<template><table><tr><td>hidden</td></tr></table></template><table><caption>Title</caption><tr><td>a</td><td>b</td></tr></table>';
    expect(fromHtmlTable(html)).toMatchObject({ header: ['a', 'b'], rows: [] });
  });

  it('survives unclosed cells and rows', () => {
    expect(fromHtmlTable('<table><tr><td>a<td>b<tr><td>1<td>2</table>')).toMatchObject({ header: ['a', 'b'], rows: [['1', '2']] });
  });

  it('returns null without a table or rows', () => {
    expect(fromHtmlTable('<p>Just a paragraph</p>')).toBeNull();
    expect(fromHtmlTable('<table></table>')).toBeNull();
    expect(fromHtmlTable('')).toBeNull();
  });
});
