import { useEffect, useRef, useState } from 'react';
import { Text } from '@mantine/core';

/**
 * A Code 128 barcode drawn by bwip-js on a canvas. The library is loaded on first use, so screens
 * without a label do not carry it.
 */
export function BarcodeCanvas({ value, label }: { readonly value: string; readonly label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    let current = true;
    import('bwip-js/browser')
      .then(({ toCanvas }) => {
        if (!current || !canvas.current) return;
        toCanvas(canvas.current, {
          bcid: 'code128',
          text: value,
          scale: 3,
          height: 9,
          includetext: true,
          textxalign: 'center',
          textsize: 10,
          paddingwidth: 4,
        });
        setFailure(undefined);
      })
      .catch((error: unknown) => {
        if (current) setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      current = false;
    };
  }, [value]);

  if (failure) {
    return (
      <Text c="red.8" role="alert">
        The barcode could not be drawn: {failure}
      </Text>
    );
  }
  return (
    <canvas
      ref={canvas}
      role="img"
      aria-label={label}
      data-testid="barcode"
      style={{ maxWidth: '100%', height: 'auto', display: 'block' }}
    />
  );
}
