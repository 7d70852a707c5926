import C4SCore
