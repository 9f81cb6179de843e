/**
 * Field captures once opened: the plug-in interface every kind of capture implements and the
 * registry that finds them. Each kind lives in a sub-package with its own tables (the domestic
 * abuse incident in {@code incident}).
 */
package doorstep.capture;
