import { useEffect, useState } from 'react';

/** The join link as a QR code; the library loads only when a room shows one. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [source, setSource] = useState('');
  useEffect(() => {
    let isCurrent = true;
    void import('qrcode')
      .then((qr) => qr.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }))
      .then((svg) => {
        if (isCurrent) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      });
    return () => {
      isCurrent = false;
    };
  }, [text]);
  return source ? (
    <img className="live-qr" src={source} alt={label} data-link={text} />
  ) : (
    <div className="live-qr" role="img" aria-label={label} aria-busy="true" />
  );
}
