/** The Reserved Instance ROI island: the kit's shell around this tool's model. */
import { ToolShell } from '../../components/tool-kit/ToolShell';
import type { ToolIslandProps } from '../../lib/tool-kit/tool';
import { reservedInstanceModel } from './model';

export default function ReservedInstanceRoi(props: ToolIslandProps) {
  return <ToolShell definition={reservedInstanceModel} {...props} />;
}
