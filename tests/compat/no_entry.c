/* A shared library in the plugin directory that is not a reshost plugin: it
 * exports a function, but not reshost_plugin_entry. */
__attribute__((visibility("default"))) int compat_not_a_plugin(void) { return 42; }
