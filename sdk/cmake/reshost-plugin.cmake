# reshost_add_plugin(<name> SOURCES <src>... [DATA <file>...] [NO_INSTALL])
#
# Builds a reshost plugin: a MODULE library with hidden visibility that links
# reshost::sdk, placed in its own folder together with its data files, so the
# host finds both (<plugin dir>/<name>/<name>.so and the data beside it).
# The folder is ${RESHOST_PLUGIN_OUTPUT_DIR}/<name> when that is set, else
# ${CMAKE_CURRENT_BINARY_DIR}/plugins/<name>; pass that parent folder to
# `reshost --plugin-path` or RESHOST_PLUGIN_PATH.
function(reshost_add_plugin name)
  cmake_parse_arguments(ARG "NO_INSTALL" "" "SOURCES;DATA" ${ARGN})
  if(RESHOST_PLUGIN_OUTPUT_DIR)
    set(out ${RESHOST_PLUGIN_OUTPUT_DIR}/${name})
  else()
    set(out ${CMAKE_CURRENT_BINARY_DIR}/plugins/${name})
  endif()
  add_library(${name} MODULE ${ARG_SOURCES})
  if(TARGET reshost::sdk)
    target_link_libraries(${name} PRIVATE reshost::sdk)
  endif()
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    OUTPUT_NAME ${name}
    LIBRARY_OUTPUT_DIRECTORY ${out}
    CXX_VISIBILITY_PRESET hidden
    C_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  foreach(f ${ARG_DATA})
    get_filename_component(fname ${f} NAME)
    get_filename_component(fabs ${f} ABSOLUTE)
    configure_file(${fabs} ${out}/${fname} COPYONLY)
  endforeach()
  if(NOT ARG_NO_INSTALL AND RESHOST_PLUGIN_INSTALL_DIR)
    install(TARGETS ${name} LIBRARY DESTINATION ${RESHOST_PLUGIN_INSTALL_DIR}/${name})
    if(ARG_DATA)
      install(FILES ${ARG_DATA} DESTINATION ${RESHOST_PLUGIN_INSTALL_DIR}/${name})
    endif()
  endif()
endfunction()
