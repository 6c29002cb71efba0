import { uploadFile } from '../../api/files';

/** The longest side a work photo keeps: enough to see the work, small enough for a phone on 4G. */
const MAX_SIDE = 1280;
const QUALITY = 0.75;

/** The size a photo is scaled to, keeping its shape and never enlarging it. */
export function scaledSize(width: number, height: number, max = MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** Compresses a camera photo on the device (JPEG, longest side 1280 px); a file the browser cannot draw goes as it is. */
export async function compressPhoto(file: File): Promise<Blob> {
  try {
    const bitmap = await createImageBitmap(file);
    const { width, height } = scaledSize(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY));
    return blob && blob.size < file.size ? blob : file;
  } catch {
    return file;
  }
}

/** Compresses and stores a work photo; its file id goes with start or finish. */
export async function uploadWorkPhoto(file: File): Promise<string> {
  const blob = await compressPhoto(file);
  const name = blob === file ? file.name : file.name.replace(/\.[^.]*$/, '') + '.jpg';
  const typed = blob.type ? blob : new Blob([blob], { type: 'image/jpeg' });
  return (await uploadFile(typed, name || 'photo.jpg')).id;
}
