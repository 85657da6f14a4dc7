import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** One line or bar series of a trend chart; null values leave a gap (nothing to measure that month). */
export interface PlotSeries {
  label: string;
  values: (number | null)[];
  color: string;
  /** A policy target drawn as a dashed line. */
  dashed?: boolean;
}

export interface TrendPlotProps {
  /** One label per month, shown under the x axis. */
  labels: string[];
  series: PlotSeries[];
  /** Bars (stacked when the series are cumulative, largest first) instead of lines. */
  bars?: boolean;
  /** Upper end of the y axis (100 for percentages); counts scale to their data. */
  max?: number;
}

const HEIGHT = 220;

/**
 * The drawing of a trend chart with uPlot (a small canvas library). This module is only reached through
 * a dynamic import, so uPlot stays out of the first bundle and of every screen without charts. The canvas
 * is hidden from assistive technology: the chart's title and its table say the same.
 */
export default function TrendPlot({ labels, series, bars = false, max }: TrendPlotProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const barPaths = bars ? uPlot.paths.bars!({ size: [0.6, 40] }) : undefined;
    const options: uPlot.Options = {
      width: el.clientWidth || 600,
      height: HEIGHT,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false }, y: { range: (_u, _min, dataMax) => [0, max ?? Math.max(1, dataMax)] } },
      axes: [{ values: (_u, splits) => splits.map((i) => labels[i] ?? '') }, { size: 44 }],
      series: [
        {},
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          width: 2,
          dash: s.dashed ? [6, 4] : undefined,
          fill: bars ? s.color : undefined,
          paths: bars ? barPaths : undefined,
          points: { show: !bars && !s.dashed },
        })),
      ],
    };
    const data: uPlot.AlignedData = [labels.map((_, i) => i), ...series.map((s) => s.values)];
    const plot = new uPlot(options, data, el);
    const resize = new ResizeObserver(() => plot.setSize({ width: el.clientWidth || 600, height: HEIGHT }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [labels, series, bars, max]);
  return <div ref={box} className="trend-plot" aria-hidden="true" />;
}
