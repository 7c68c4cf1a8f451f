// An independent signer for the interoperability tests: @signpdf/signpdf (npm), a PKCS#12 file, node-forge's CMS.
// Usage: node signpdf-sign.cjs <in.pdf> <signer.p12> <passphrase> <out.pdf>; SIGNPDF_MODULES names node_modules.
const fs = require('fs');
const path = require('path');
const modules = process.env.SIGNPDF_MODULES;
const load = (name) => require(path.join(modules, name));
const { SignPdf } = load('@signpdf/signpdf');
const { P12Signer } = load('@signpdf/signer-p12');
const { plainAddPlaceholder } = load('@signpdf/placeholder-plain');

(async () => {
  const [input, p12, passphrase, output] = process.argv.slice(2);
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: fs.readFileSync(input),
    reason: 'Interop test',
    contactInfo: 'test',
    name: 'signpdf',
    location: 'Thanh Hoa',
  });
  const signer = new P12Signer(fs.readFileSync(p12), { passphrase });
  fs.writeFileSync(output, await new SignPdf().sign(withPlaceholder, signer));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
