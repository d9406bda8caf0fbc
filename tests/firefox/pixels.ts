import type { Firefox } from '../../scripts/firefox.mjs';

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The mean brightness (0 black - 255 white) of an area of a PNG screenshot, measured by the
 * browser itself (an image drawn on a canvas), so no image library is needed.
 */
export async function brightness(firefox: Firefox, png: Uint8Array, area: Area): Promise<number> {
  const page = await firefox.browser.newPage();
  try {
    return await page.evaluate(
      async (dataUrl, { x, y, width, height }) => {
        const image = new Image();
        image.src = dataUrl;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2D canvas');
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(x, y, width, height);
        let sum = 0;
        for (let i = 0; i < data.length; i += 4)
          sum += 0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0);
        return sum / (data.length / 4);
      },
      `data:image/png;base64,${Buffer.from(png).toString('base64')}`,
      area,
    );
  } finally {
    await page.close();
  }
}
