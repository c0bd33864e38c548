/**
 * Panama FFM bindings from lanekit's BLAS interface to a system cblas library, found at run time.
 * The package is {@code nativeblas} because {@code native} is a Java keyword.
 */
package dev.lanekit.nativeblas;
