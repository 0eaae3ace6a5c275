/** The warehouse cost optimizer island: the kit's shell, with the kit's bar chart for the lever waterfall. */
import { StackedBarChart } from '../../components/tool-kit/StackedBarChart';
import { whatIfParts } from '../../components/tool-kit/Compare';
import { ListInput } from '../../components/tool-kit/ListInput';
import { ToolShell } from '../../components/tool-kit/ToolShell';
import type { ToolIslandProps } from '../../lib/tool-kit/tool';
import { warehouseModel } from './model';

export default function WarehouseCostOptimizer(props: ToolIslandProps) {
  return (
    <ToolShell
      definition={warehouseModel}
      BarChart={StackedBarChart}
      whatIf={whatIfParts}
      ListInput={ListInput}
      {...props}
    />
  );
}
