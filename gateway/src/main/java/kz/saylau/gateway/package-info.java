package kz.saylau.gateway;
