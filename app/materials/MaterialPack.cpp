#include "materials/MaterialPack.h"
