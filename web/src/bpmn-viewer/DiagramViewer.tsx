import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './viewer.css';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { Alert } from 'antd';
import { useEffect, useRef, useState } from 'react';

interface Canvas {
  zoom(level: 'fit-viewport'): void;
  addMarker(elementId: string, marker: string): void;
}
interface ElementRegistry {
  get(id: string): unknown;
}

export interface DiagramViewerProps {
  xml: string;
  /** Element id → CSS class put on its shape (canvas markers). */
  markers?: Record<string, string>;
  height?: number;
  testId?: string;
  /** Called once the diagram is drawn, and again when it changes: overlays such as the step heat. */
  decorate?: (diagram: { get<T>(name: string): T }) => void;
}

/** A read-only, pannable BPMN diagram with some elements marked. */
export function DiagramViewer({ xml, markers = {}, height = 360, testId, decorate }: DiagramViewerProps) {
  const container = useRef<HTMLDivElement>(null);
  const drawn = useRef<NavigatedViewer | null>(null);
  const [error, setError] = useState<string>();
  const [ready, setReady] = useState(false);
  const markerKey = JSON.stringify(markers);

  useEffect(() => {
    if (!container.current) return undefined;
    const viewer = new NavigatedViewer({ container: container.current });
    let alive = true;
    setReady(false);
    setError(undefined);
    viewer.importXML(xml).then(
      () => {
        if (!alive) return;
        const canvas = viewer.get<Canvas>('canvas');
        const registry = viewer.get<ElementRegistry>('elementRegistry');
        canvas.zoom('fit-viewport');
        // Removed elements are not on the newer diagram: only elements it draws get a marker.
        for (const [id, marker] of Object.entries(JSON.parse(markerKey) as Record<string, string>)) if (registry.get(id)) canvas.addMarker(id, marker);
        drawn.current = viewer;
        setReady(true);
      },
      (err: unknown) => alive && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      alive = false;
      drawn.current = null;
      viewer.destroy();
    };
  }, [xml, markerKey]);

  useEffect(() => {
    if (ready && drawn.current && decorate) decorate(drawn.current);
  }, [ready, decorate]);

  return (
    <div>
      {error && <Alert type="error" showIcon message={error} />}
      <div ref={container} className="studio-diagram" style={{ height }} data-testid={testId} data-ready={ready ? 'true' : 'false'} />
    </div>
  );
}
