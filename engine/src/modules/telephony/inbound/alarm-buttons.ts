/** What one button of a multi-button pager opens: a service type, and whether the case is marked for a 110 handover. */
export interface ButtonRoute {
  serviceType: string;
  handover: '110' | null;
}

/** `ALARM_BUTTONS`: `button:serviceType[:110]`, comma-separated (validated by the config schema). */
export const ALARM_BUTTONS_PATTERN = /^[A-Za-z0-9_-]{1,32}:[a-z][a-z0-9-]{0,63}(:110)?(,[A-Za-z0-9_-]{1,32}:[a-z][a-z0-9-]{0,63}(:110)?)*$/;

export function parseAlarmButtons(spec: string | undefined): Map<string, ButtonRoute> {
  const routes = new Map<string, ButtonRoute>();
  for (const part of (spec ?? '').split(',').filter(Boolean)) {
    const [button, serviceType, handover] = part.split(':');
    routes.set(button, { serviceType, handover: handover === '110' ? '110' : null });
  }
  return routes;
}

/** The route of a press: its button's, or the alarm service type (an SOS pendant, an unknown button). */
export function routeOf(routes: Map<string, ButtonRoute>, button: string | undefined, fallback: string): ButtonRoute {
  return (button !== undefined ? routes.get(button) : undefined) ?? { serviceType: fallback, handover: null };
}
