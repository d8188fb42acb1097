import { inflateSync } from "node:zlib";

/** The text a PDF draws (pdf-lib writes it as hex strings in its content streams, compressed or not). */
export function pdfText(pdf: Buffer) {
  const source = pdf.toString("latin1");
  const texts: string[] = [];
  for (const match of source.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const bytes = Buffer.from(match[1]!, "latin1");
    let content: string;
    try {
      content = inflateSync(bytes).toString("latin1");
    } catch {
      content = bytes.toString("latin1");
    }
    for (const hex of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) texts.push(Buffer.from(hex[1]!, "hex").toString("latin1"));
    for (const literal of content.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) texts.push(literal[1]!.replace(/\\(.)/g, "$1"));
  }
  return texts.join("\n");
}
