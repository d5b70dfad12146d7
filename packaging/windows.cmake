# SPDX-License-Identifier: MIT
# An MSI installer for Windows (WiX, through CPack), with Qt's libraries and plugins beside the
# programs as windeployqt puts them. NOT TESTED: no Windows machine builds this project yet;
# docs/packaging.md says what to try, and what is known still to need porting.
set_target_properties(bbclinic PROPERTIES WIN32_EXECUTABLE ON) # no console window behind the app
install(TARGETS bbclinic bbclinic-cli RUNTIME DESTINATION bin)
install(FILES LICENSE DESTINATION . RENAME LICENSE.txt)
# windeployqt, run at install time: the Qt DLLs, the platform, style, SQL and print plugins.
qt_generate_deploy_app_script(TARGET bbclinic OUTPUT_SCRIPT deploy_app
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${deploy_app})

set(CPACK_GENERATOR "WIX")
set(CPACK_PACKAGE_NAME "Better Births Clinic")
set(CPACK_PACKAGE_VENDOR "Better Births Clinic developers")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Better Births Clinic")
set(CPACK_PACKAGE_EXECUTABLES "bbclinic" "Better Births Clinic") # the Start menu entry
# The same for every version, so that a new MSI replaces the old one instead of sitting beside it.
set(CPACK_WIX_UPGRADE_GUID "6B0E6C0A-5E61-4B0B-9A39-2B6A3C1D7E42")
# The licence page of the installer: CPack turns a .txt licence into the RTF WiX shows.
configure_file(LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt")
# WiX wants an .ico: made from packaging/icons/uk.nhs.betterbirths.clinic.svg (docs/packaging.md).
if(EXISTS "${PROJECT_SOURCE_DIR}/packaging/windows/bbclinic.ico")
  set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/bbclinic.ico")
endif()
include(CPack)
