/** The LLM feature cost island: the kit's shell around this tool's model, with the catalog's attribution. */
import { CatalogNote } from '../../components/ai-tools/CatalogNote';
import { whatIfParts } from '../../components/tool-kit/Compare';
import { ListInput } from '../../components/tool-kit/ListInput';
import { LineChart } from '../../components/tool-kit/LineChart';
import { ToolShell } from '../../components/tool-kit/ToolShell';
import type { ToolIslandProps } from '../../lib/tool-kit/tool';
import { featureCostModel } from './model';

export default function LlmFeatureCost(props: ToolIslandProps) {
  return (
    <ToolShell
      definition={featureCostModel}
      {...props}
      note={<CatalogNote />}
      LineChart={LineChart}
      whatIf={whatIfParts}
      ListInput={ListInput}
    />
  );
}
