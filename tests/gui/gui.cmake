# gui/gui.cmake
