/** Typography of the PDF: a sober report page, black text, headings by size and weight only. */
export const PDF_STYLES = {
  titleHeading1: { fontSize: 15, bold: true, alignment: "center", margin: [0, 0, 0, 10] },
  titleHeading2: { fontSize: 14, bold: true, alignment: "center", margin: [0, 6, 0, 16] },
  titleLine: { fontSize: 12, alignment: "center", lineHeight: 1.25, margin: [0, 0, 0, 8] },
  heading1: { fontSize: 15, bold: true, margin: [0, 16, 0, 8] },
  heading2: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
  heading3: { fontSize: 11.5, bold: true, margin: [0, 12, 0, 5] },
  heading4: { fontSize: 10.5, bold: true, italics: true, margin: [0, 10, 0, 4] },
  timeMarker: { fontSize: 9, italics: true, color: "#555555", margin: [0, -3, 0, 6] },
  paragraph: { margin: [0, 0, 0, 8] },
  listItem: { margin: [0, 0, 0, 3] },
  caption: { bold: true, margin: [0, 6, 0, 4] },
  approval: { fontSize: 9, color: "#333333", margin: [0, 18, 0, 0] },
  tableHeader: { bold: true, fillColor: "#e6e6e6" },
  table: { fontSize: 9.5, margin: [0, 2, 0, 12] },
  link: { color: "#1f4e8c", decoration: "underline" },
  pageHeader: { fontSize: 8, color: "#666666" },
  pageFooter: { fontSize: 8, color: "#666666", alignment: "center" },
} as const;

const thin = () => 0.5;
const grey = () => "#9a9a9a";
const padding = (value: number) => () => value;

/** Grid tables with a light rule, the way a secretariat's word processor prints them. */
export const PDF_TABLE_LAYOUT = {
  hLineWidth: thin,
  vLineWidth: thin,
  hLineColor: grey,
  vLineColor: grey,
  paddingLeft: padding(5),
  paddingRight: padding(5),
  paddingTop: padding(3),
  paddingBottom: padding(3),
};

/** A rule down the left edge: marks actions, decisions and quotes without boxing them in. */
export function createLeftRuleLayout(color: string) {
  return {
    hLineWidth: () => 0,
    vLineWidth: (index: number) => (index === 0 ? 2 : 0),
    vLineColor: () => color,
    paddingLeft: padding(8),
    paddingRight: padding(0),
    paddingTop: padding(1),
    paddingBottom: padding(1),
  };
}
