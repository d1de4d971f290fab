import { useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import type { BookColumn, PlacedEntry } from './book-layout';

/** Moves and resizes land on quarter hours. */
export const snapMinutes = 15;

/** Where a dragged appointment would land: its column and wall-clock minutes. */
export interface DragTarget {
  readonly id: string;
  readonly columnKey: string;
  readonly start: number;
  readonly end: number;
}

interface Gesture {
  readonly placed: PlacedEntry;
  readonly mode: 'move' | 'resize';
  readonly pointerId: number;
  readonly x: number;
  readonly y: number;
  /** Minutes between the appointment's start and where it was grabbed. */
  readonly grab: number;
  moved: boolean;
}

// A pointer must travel this far before a press becomes a drag, so a tap still opens the appointment.
const dragThresholdPx = 6;

const snap = (minutes: number): number => Math.round(minutes / snapMinutes) * snapMinutes;

/**
 * Dragging appointments with pointer events (mouse, pen and touch alike): the body moves it to another
 * time or column, the bottom edge changes its end; both snap to 15 minutes. `target` is drawn while
 * the pointer moves; `onDrop` gets it when the pointer lifts somewhere new.
 */
export function useBlockDrag({
  body,
  columns,
  scale,
  grid,
  onDrop,
}: {
  readonly body: RefObject<HTMLElement | null>;
  readonly columns: readonly BookColumn[];
  /** Pixels per minute. */
  readonly scale: number;
  readonly grid: { readonly start: number; readonly end: number };
  readonly onDrop: (placed: PlacedEntry, target: DragTarget) => void;
}) {
  const gesture = useRef<Gesture | null>(null);
  const [target, setTarget] = useState<DragTarget | null>(null);
  // Set when a drag ends, so the click the browser sends after it does not open the appointment.
  const dragged = useRef(false);

  const pointAt = (clientX: number, clientY: number) => {
    const rect = body.current?.getBoundingClientRect();
    if (rect === undefined || columns.length === 0) return null;
    const index = Math.floor(((clientX - rect.left) / rect.width) * columns.length);
    const column = columns[Math.min(columns.length - 1, Math.max(0, index))];
    return column === undefined ? null : { column, minutes: grid.start + (clientY - rect.top) / scale };
  };

  const targetOf = (g: Gesture, clientX: number, clientY: number): DragTarget | null => {
    const point = pointAt(clientX, clientY);
    if (point === null) return null;
    const { placed } = g;
    const length = placed.end - placed.start;
    if (g.mode === 'resize') {
      const end = Math.min(grid.end, Math.max(placed.start + snapMinutes, snap(point.minutes)));
      return { id: placed.entry.id, columnKey: placed.columnKey, start: placed.start, end };
    }
    const start = Math.min(grid.end - length, Math.max(grid.start, snap(point.minutes - g.grab)));
    return { id: placed.entry.id, columnKey: point.column.key, start, end: start + length };
  };

  const begin = (event: ReactPointerEvent<HTMLElement>, placed: PlacedEntry, mode: 'move' | 'resize') => {
    if (event.button !== 0) return;
    const point = pointAt(event.clientX, event.clientY);
    if (point === null) return;
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    gesture.current = {
      placed,
      mode,
      pointerId: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      grab: point.minutes - placed.start,
      moved: false,
    };
  };

  const move = (event: ReactPointerEvent<HTMLElement>) => {
    const g = gesture.current;
    if (g === null || g.pointerId !== event.pointerId) return;
    if (!g.moved && Math.hypot(event.clientX - g.x, event.clientY - g.y) < dragThresholdPx) return;
    g.moved = true;
    setTarget(targetOf(g, event.clientX, event.clientY));
  };

  const end = (event: ReactPointerEvent<HTMLElement>, cancelled: boolean) => {
    const g = gesture.current;
    if (g === null || g.pointerId !== event.pointerId) return;
    gesture.current = null;
    setTarget(null);
    if (!g.moved) return;
    dragged.current = true;
    const landed = cancelled ? null : targetOf(g, event.clientX, event.clientY);
    const { placed } = g;
    if (
      landed !== null &&
      (landed.columnKey !== placed.columnKey || landed.start !== placed.start || landed.end !== placed.end)
    )
      onDrop(placed, landed);
  };

  /** Handlers for an appointment's body (`move`) or its bottom edge (`resize`). */
  const handlers = (placed: PlacedEntry, mode: 'move' | 'resize') => ({
    onPointerDown: (e: ReactPointerEvent<HTMLElement>) => begin(e, placed, mode),
    onPointerMove: move,
    onPointerUp: (e: ReactPointerEvent<HTMLElement>) => end(e, false),
    onPointerCancel: (e: ReactPointerEvent<HTMLElement>) => end(e, true),
  });

  /** True once after a drag: the click that follows it is not a tap. */
  const consumeDrag = (): boolean => {
    const was = dragged.current;
    dragged.current = false;
    return was;
  };

  return { target, handlers, consumeDrag, pointAt };
}
