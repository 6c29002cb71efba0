import { Typography } from 'antd';

/** Static text in a form (a hint or a heading): `x-component-props.content`. */
export function Text({ content }: { content?: string }) {
  return <Typography.Paragraph type="secondary">{content}</Typography.Paragraph>;
}
