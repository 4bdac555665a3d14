package kz.saylau.ballot;
