import { Desk } from './desk/Desk';

/** Agent desk (工作台): see pages/desk/. */
export function DeskPage() {
  return <Desk />;
}
