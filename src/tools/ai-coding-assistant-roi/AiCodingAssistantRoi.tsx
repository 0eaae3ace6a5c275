/** The AI coding assistant ROI island: the kit's shell around this tool's model, with the catalog's attribution. */
import { CatalogNote } from '../../components/ai-tools/CatalogNote';
import { whatIfParts } from '../../components/tool-kit/Compare';
import { LineChart } from '../../components/tool-kit/LineChart';
import { ListInput } from '../../components/tool-kit/ListInput';
import { ToolShell } from '../../components/tool-kit/ToolShell';
import type { ToolIslandProps } from '../../lib/tool-kit/tool';
import { codingRoiModel } from './model';

export default function AiCodingAssistantRoi(props: ToolIslandProps) {
  return (
    <ToolShell
      definition={codingRoiModel}
      {...props}
      note={<CatalogNote />}
      LineChart={LineChart}
      whatIf={whatIfParts}
      ListInput={ListInput}
    />
  );
}
