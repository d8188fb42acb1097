import QRCode from "qrcode";

/** A QR code as a PNG data URL, for an <img> (the page's policy allows data: images, not inline SVG markup). */
export function qrCodeDataUrl(text: string): Promise<string> {
  return QRCode.toDataURL(text, { errorCorrectionLevel: "M", margin: 2, width: 192 });
}
