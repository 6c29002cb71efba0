let context: AudioContext | null = null;

/**
 * A short ring (two beeps) through Web Audio, so no sound file ships. Browsers allow sound only
 * after the user has interacted with the page; before that it stays silent, which is fine: the
 * banner is what cannot be missed.
 */
export function ring(urgent: boolean): void {
  try {
    context ??= new AudioContext();
    const start = context.currentTime;
    const beeps = urgent ? 3 : 2;
    for (let i = 0; i < beeps; i++) {
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.frequency.value = urgent ? 960 : 660;
      gain.gain.value = 0.15;
      osc.connect(gain).connect(context.destination);
      osc.start(start + i * 0.35);
      osc.stop(start + i * 0.35 + 0.2);
    }
  } catch {
    // No audio device or API (headless browsers): the visual alert stays.
  }
}
