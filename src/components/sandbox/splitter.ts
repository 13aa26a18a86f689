const STORAGE_KEY = 'lambda-lab:editor-split';
const MIN = 15;
const MAX = 85;

/**
 * The draggable bar between the editor and the terminal. It sets `--split` (the editor's share of the
 * height, in %) on the work area; arrow keys move it too. The choice is remembered across lessons.
 */
export function installSplitter(area: HTMLElement, handle: HTMLElement): void {
  const apply = (percent: number) => {
    const value = Math.min(MAX, Math.max(MIN, percent));
    area.style.setProperty('--split', `${value}%`);
    handle.setAttribute('aria-valuenow', String(Math.round(value)));
    return value;
  };
  const saved = Number(localStorage.getItem(STORAGE_KEY));
  let current = apply(Number.isFinite(saved) && saved > 0 ? saved : 56);
  const save = () => localStorage.setItem(STORAGE_KEY, String(Math.round(current)));

  handle.addEventListener('pointerdown', (event) => {
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    area.dataset.resizing = 'true';
    const move = (e: PointerEvent) => {
      const rect = area.getBoundingClientRect();
      current = apply(((e.clientY - rect.top) / rect.height) * 100);
    };
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
      delete area.dataset.resizing;
      save();
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
  });

  handle.addEventListener('keydown', (event) => {
    const step = event.shiftKey ? 10 : 3;
    if (event.key === 'ArrowUp') current = apply(current - step);
    else if (event.key === 'ArrowDown') current = apply(current + step);
    else if (event.key === 'Home') current = apply(MIN);
    else if (event.key === 'End') current = apply(MAX);
    else return;
    event.preventDefault();
    save();
  });
}
