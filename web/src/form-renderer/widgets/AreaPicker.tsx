import { connect, mapReadPretty } from '@formily/react';
import { PreviewText } from '@formily/antd-v5';
import { AreaTreeSelect } from '../../components/AreaTreeSelect';
import { useAreas } from '../../hooks/useAreas';

/** Read-only: the area's name, not its code. */
function AreaText({ value }: { value?: string }) {
  const { byCode } = useAreas();
  return <PreviewText.Input value={value ? (byCode.get(value)?.name ?? value) : ''} />;
}

/** An administrative area from the area tree (GET /api/areas); the stored value is the area code. */
export const AreaPicker = connect(AreaTreeSelect, mapReadPretty(AreaText));
