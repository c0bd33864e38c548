/**
 * The data set bundled with the tool: {@link dev.lanekit.bench.data.Digits}, the 1797 handwritten digit
 * images of 8 × 8 pixels that the commands run on.
 */
package dev.lanekit.bench.data;
