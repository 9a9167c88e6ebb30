#include "InventoryModel.h"
// Implementation in progress.
