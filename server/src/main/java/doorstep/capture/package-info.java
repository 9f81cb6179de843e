/**
 * Field captures once opened: the plug-in interface every kind of capture implements and the
 * registry that finds them, and the rules every kind shares (the child's voice). Each kind lives
 * in a sub-package with its own tables (the domestic abuse incident in {@code incident}, the early
 * help visit in {@code earlyhelp}).
 */
package doorstep.capture;
