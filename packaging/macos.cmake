# SPDX-License-Identifier: MIT
# A disk image for macOS (DragNDrop, through CPack) holding the app bundle, with Qt's frameworks
# and plugins inside it as macdeployqt puts them. NOT TESTED: no Mac builds this project yet;
# docs/packaging.md says what to try, and what is known still to need porting.
set_target_properties(bbclinic PROPERTIES
  MACOSX_BUNDLE ON
  OUTPUT_NAME "Better Births Clinic"
  MACOSX_BUNDLE_BUNDLE_NAME "Better Births Clinic"
  MACOSX_BUNDLE_GUI_IDENTIFIER "uk.nhs.betterbirths.clinic"
  MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
  MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
  MACOSX_BUNDLE_ICON_FILE "bbclinic.icns")
# The icon, made from the SVG (docs/packaging.md), where a bundle looks for it.
if(EXISTS "${PROJECT_SOURCE_DIR}/packaging/macos/bbclinic.icns")
  target_sources(bbclinic PRIVATE "${PROJECT_SOURCE_DIR}/packaging/macos/bbclinic.icns")
  set_source_files_properties("${PROJECT_SOURCE_DIR}/packaging/macos/bbclinic.icns"
                              PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
endif()
install(TARGETS bbclinic BUNDLE DESTINATION .)
# The command line inside the bundle, beside the app, so it shares its Qt.
install(TARGETS bbclinic-cli RUNTIME DESTINATION "Better Births Clinic.app/Contents/MacOS")
# macdeployqt, run at install time: the Qt frameworks and plugins into the bundle.
qt_generate_deploy_app_script(TARGET bbclinic OUTPUT_SCRIPT deploy_app
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${deploy_app})

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_NAME "Better Births Clinic")
set(CPACK_PACKAGE_VENDOR "Better Births Clinic developers")
set(CPACK_DMG_VOLUME_NAME "Better Births Clinic ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
include(CPack)
