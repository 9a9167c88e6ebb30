# integration/qemu.cmake
