import { execFile } from 'node:child_process';

// pdf.js loads its worker with a dynamic import, which jest's module system refuses: a plain Node process reads the PDF.
const READER = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  const result = await parser.getText();
  await parser.destroy();
  process.stdout.write(JSON.stringify(result.pages.map((p) => p.text)));
});`;

/** The text of every page of a PDF, in order (pdf.js reads it as a viewer would). */
export function pdfPages(file: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', READER], { cwd: __dirname, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`pdf-parse: ${stderr || error.message}`)) : resolve(JSON.parse(stdout) as string[]),
    );
    child.stdin?.end(file);
  });
}
