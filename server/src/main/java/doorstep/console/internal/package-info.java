/** The console's page models: public only because the precompiled JTE templates read them. */
package doorstep.console.internal;
